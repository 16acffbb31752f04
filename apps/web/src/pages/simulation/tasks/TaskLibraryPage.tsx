// TODO(helper): replace this placeholder page.
export default function TaskLibraryPage() {
  return null;
}
