// TODO(helper): replace this placeholder page.
export default function SkillExamsPage() {
  return null;
}
