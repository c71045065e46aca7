// The admin shell. Inside Shopify the admin draws the navigation (App Bridge's NavMenu);
// in the local preview nothing frames the app, so a Polaris Frame draws it instead.
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { Frame, Navigation, Page, SkeletonPage, Text } from '@shopify/polaris';
import { NavMenu } from '@shopify/app-bridge-react';
import { NAVIGATION, isCurrentPage } from './navigation.ts';
import { isPreview } from './api.ts';

const modules = import.meta.glob<{ default: ComponentType }>('./pages/*/index.tsx');

const pages = NAVIGATION.flatMap((entry) => {
  const load = modules[`./pages/${entry.folder}/index.tsx`];
  return load ? [{ ...entry, Component: lazy(load) }] : [];
});

function PreviewNavigation() {
  const location = useLocation();
  // Polaris's Frame names the box around the <nav> with an aria-label on a plain <div>; axe then
  // counts the navigation as content outside any landmark ("region"). The <nav> is the landmark.
  useEffect(() => {
    document.getElementById('AppFrameNav')?.removeAttribute('aria-label');
  }, []);
  const sections = [...new Set(pages.map((p) => p.section))];
  return (
    <Navigation location={location.pathname}>
      {sections.map((section) => (
        <Navigation.Section
          key={section}
          title={section === 'Overview' ? undefined : section}
          items={pages
            .filter((p) => p.section === section)
            .map((p) => ({
              label: p.label,
              url: p.path,
              selected: isCurrentPage(p.path, location.pathname),
            }))}
        />
      ))}
    </Navigation>
  );
}

/**
 * Polaris's tables scroll sideways in a box that takes no keyboard focus, so a keyboard user cannot
 * scroll a wide table (axe: scrollable-region-focusable). Every such box gets a tab stop as it appears.
 */
function useFocusableTableScrolls() {
  useEffect(() => {
    const focusable = () => {
      for (const box of document.querySelectorAll('.Polaris-DataTable__ScrollContainer, .Polaris-IndexTable-ScrollContainer')) {
        if (!box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
      }
    };
    focusable();
    const observer = new MutationObserver(focusable);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}

function NotFound() {
  return (
    <Page title="Page not found">
      <Text as="p">This page does not exist. Choose one from the navigation.</Text>
    </Page>
  );
}

export function App() {
  useFocusableTableScrolls();
  const routes = (
    <Suspense fallback={<SkeletonPage />}>
      <Routes>
        {pages.map(({ path, Component }) => (
          <Route key={path} path={path === '/' ? '/' : `${path}/*`} element={<Component />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
  if (isPreview()) {
    return <Frame navigation={<PreviewNavigation />}>{routes}</Frame>;
  }
  return (
    <>
      <NavMenu>
        {pages.map((p) => (
          <Link key={p.path} to={p.path} rel={p.path === '/' ? 'home' : undefined}>
            {p.label}
          </Link>
        ))}
      </NavMenu>
      {routes}
    </>
  );
}
