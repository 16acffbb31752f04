import type { SectionKey } from '../nav';
import { CatalogSection } from './CatalogSection';
import { CustomsSection } from './CustomsSection';
import { DashboardSection } from './DashboardSection';
import { DataSection } from './DataSection';
import { LogisticsSection } from './LogisticsSection';
import { MarketingSection } from './MarketingSection';
import { MessagesSection } from './MessagesSection';
import { OrdersSection } from './OrdersSection';
import { StoreSection } from './StoreSection';

/** The open section of the console. */
export function ConsoleSection({
  section,
  onNavigate,
}: {
  section: SectionKey;
  onNavigate: (key: SectionKey) => void;
}) {
  switch (section) {
    case 'dashboard':
      return <DashboardSection onNavigate={onNavigate} />;
    case 'store':
      return <StoreSection />;
    case 'catalog':
      return <CatalogSection />;
    case 'orders':
      return <OrdersSection />;
    case 'logistics':
      return <LogisticsSection />;
    case 'customs':
      return <CustomsSection />;
    case 'marketing':
      return <MarketingSection />;
    case 'messages':
      return <MessagesSection />;
    case 'data':
      return <DataSection />;
  }
}
