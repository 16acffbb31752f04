// TODO(helper): replace this placeholder page.
export default function SkillReviewPage(_props: { attemptId: string }) {
  return null;
}
