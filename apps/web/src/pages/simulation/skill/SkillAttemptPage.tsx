// TODO(helper): replace this placeholder page.
export default function SkillAttemptPage(_props: { attemptId: string }) {
  return null;
}
