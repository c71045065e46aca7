import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from 'react-router-dom';
import { AppProvider } from '@shopify/polaris';
import type { LinkLikeComponentProps } from '@shopify/polaris/build/ts/src/utilities/link';
import en from '@shopify/polaris/locales/en.json';
import '@shopify/polaris/build/esm/styles.css';
import { App } from './App.tsx';

/** Polaris renders its links through this, so in-app links navigate without reloading the page. */
function RouterLink({ url, external, children, ...rest }: LinkLikeComponentProps) {
  if (external || /^(https?:|blob:|data:)/.test(url)) {
    return (
      <a href={url} target="_blank" rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  }
  return (
    <Link to={url} {...rest}>
      {children}
    </Link>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('web/index.html has no #root element.');
createRoot(root).render(
  <AppProvider i18n={en} linkComponent={RouterLink}>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </AppProvider>,
);
