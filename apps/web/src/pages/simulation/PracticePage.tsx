// TODO(helper): replace this placeholder page.
export default function PracticePage() {
  return null;
}
