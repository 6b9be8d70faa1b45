// Search page: runs the query in ?q= against the site's own Pagefind index of the page's locale
// (data-bundle: pagefind/<locale>/; no third-party requests) and lists the matching articles,
// linking to the best-matching section. Without JavaScript the page still lists every article,
// so nothing here is needed to read the site.
const script = document.querySelector("script[data-root]");
const root = new URL(script.dataset.root || "./", location.href);
const bundle = new URL(script.dataset.bundle, location.href);
const messages = JSON.parse(document.getElementById("search-messages").textContent);
const input = document.getElementById("search-page-q");
const results = document.getElementById("search-results");
const allArticles = document.getElementById("all-articles");
const query = new URLSearchParams(location.search).get("q") || "";

function say(template, text) {
  return template.split("{query}").join(text);
}

async function run(text) {
  input.value = text;
  if (!text.trim()) {
    return;
  }
  // Opened from disk, the browser does not let the page load its index: say so, rather
  // than fail without a word. The list of all articles stays.
  if (location.protocol === "file:") {
    const note = document.createElement("p");
    note.className = "notice";
    note.textContent = messages.needsServer;
    results.replaceChildren(note);
    return;
  }
  results.textContent = messages.loading;
  const pagefind = await import(new URL("pagefind.js", bundle).href);
  await pagefind.options({ baseUrl: root.pathname });
  const search = await pagefind.search(text);
  const found = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  results.replaceChildren();
  const heading = document.createElement("h2");
  heading.textContent = found.length ? say(messages.resultsFor, text) : say(messages.noResults, text);
  results.appendChild(heading);
  if (!found.length) {
    return;
  }
  const list = document.createElement("ol");
  list.className = "article-list search-results-list";
  for (const page of found) {
    const best = (page.sub_results || []).find((sub) => sub.url.includes("#")) || page;
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = best.url;
    link.textContent = page.meta.title || page.url;
    const excerpt = document.createElement("p");
    // Pagefind's excerpts are our own page text, escaped, with <mark> around the matches.
    excerpt.innerHTML = best.excerpt || page.excerpt;
    item.append(link, excerpt);
    list.appendChild(item);
  }
  results.appendChild(list);
  allArticles.hidden = true;
}

run(query).catch(() => {
  // Search unavailable (opened from disk, index missing): the list of articles stays.
  results.replaceChildren();
});
