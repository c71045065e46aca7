// The vendors' own snippets, as a merchant pastes them into a theme: Google's gtag.js for GA4 and
// the Meta Pixel base code, both gated as the README says (type="text/plain" and
// data-lawfully-category), and Hotjar's tracking code left ungated, as merchants often leave it.
// Shapes from the vendors' install pages (GA4: support.google.com/analytics/answer/9304153;
// Meta: developers.facebook.com/docs/meta-pixel/get-started; Hotjar: help.hotjar.com, "Install
// your Hotjar tracking code"); the ids are the demo shop's.

export const DEMO_VENDOR_IDS = { ga4: 'G-LAWFULLY01', metaPixel: '1234567890123456', hotjar: 3141592 } as const;

const ga4 = `<!-- Google tag (gtag.js) -->
<script type="text/plain" data-lawfully-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=${DEMO_VENDOR_IDS.ga4}"></script>
<script type="text/plain" data-lawfully-category="analytics">
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${DEMO_VENDOR_IDS.ga4}');
</script>`;

const metaPixel = `<!-- Meta Pixel Code -->
<script type="text/plain" data-lawfully-category="marketing">
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '${DEMO_VENDOR_IDS.metaPixel}');
fbq('track', 'PageView');
</script>
<!-- End Meta Pixel Code -->`;

const hotjar = `<!-- Hotjar Tracking Code (not tagged: the storefront scan finds it) -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:${DEMO_VENDOR_IDS.hotjar},hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`;

/** What the demo theme carries in its <head>, after the app embed. */
export const vendorSnippetsHtml = [ga4, metaPixel, hotjar].join('\n');
