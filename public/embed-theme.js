// /embed/: the theme, title and map options of the URL, applied before first paint (a blocking script in <head>, a file
// of its own so that the Content-Security-Policy needs no inline script). Anything but the allowed values is ignored.
(function () {
  var q = new URLSearchParams(location.search);
  var theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  if (q.get('title') === '0') document.documentElement.dataset.notitle = '';
  if (q.get('map') === '1') document.documentElement.dataset.map = '';
})();
