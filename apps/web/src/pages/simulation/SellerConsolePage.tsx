// TODO(helper): replace this placeholder page.
export default function SellerConsolePage(_props: { runId: string }) {
  return null;
}
