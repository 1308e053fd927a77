import { AnalyticsBootstrap } from './analytics-bootstrap';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App() {
  return (
    <AppProvider>
      <AnalyticsBootstrap />
      <AppRouter />
    </AppProvider>
  );
}
