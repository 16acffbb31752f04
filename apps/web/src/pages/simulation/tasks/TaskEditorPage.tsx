// TODO(helper): replace this placeholder page.
export default function TaskEditorPage(_props: { taskId: string | null }) {
  return null;
}
