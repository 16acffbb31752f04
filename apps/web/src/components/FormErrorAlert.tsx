import { Alert } from 'antd';

/** The form-level error (the server's message, e.g. ACCOUNT_LOCKED), above the form's buttons. */
export function FormErrorAlert({ message, testId = 'form-error' }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} data-testid={testId} role="alert" />;
}
