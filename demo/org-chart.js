// Choosing a person in the chart opens their page in the staff directory, whose `sync-url`
// reads `?person=<id>` (a file, not an inline script: the page's policy is script-src 'self').
document.addEventListener('social-select', (event) => {
  location.href = `./index.html?person=${encodeURIComponent(event.detail.person.id)}`;
});
