// TODO(helper): replace this placeholder page.
export default function SkillPartPage(_props: { planId: string }) {
  return null;
}
