// Instant search, in every search form of the site (`form[data-search]`: the header's, the
// home page's, the search page's), following the WAI-ARIA combobox pattern: results appear as
// the reader types, arrow keys move through them, Enter opens one (or, with none chosen,
// submits the form to the search page), Escape closes the list, and a live region says how
// many were found. The site's own Pagefind bundle for the page's locale is loaded on first
// focus, so a page that is only read loads nothing more. Without JavaScript each form still
// submits to the search page, which lists every article.
//
// The search page (`#search-results`) also shows the results of its `?q=` query in full.
//
// A classic deferred script, not a module: Chromium refuses module scripts opened from disk,
// and the page must still say there that search needs HTTP. Pagefind's own module is loaded
// with a dynamic `import()`, which classic scripts may use.

(() => {
  "use strict";

  const KEYWORDS = "#search-keywords"; // the translators' keywords: indexed, never shown
  const SHOWN = 6; // results in the list under a search box
  // Articles for merchants rank below articles for customers: a customer's question finds
  // the customer's answer first, and a merchant's own words still find theirs.
  const MERCHANTS = 0.5;
  const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

  let loading = null;

  /** The page's Pagefind, loaded once (on first focus or first query). */
  function pagefind(form) {
    if (!loading) {
      const bundle = new URL(form.dataset.bundle, location.href);
      const root = new URL(form.dataset.root || "./", location.href);
      loading = import(new URL("pagefind.js", bundle).href).then(async (module) => {
        await module.options({ baseUrl: root.pathname, excerptLength: 22 });
        module.init();
        return module;
      });
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  }

  /** Whether a query is worth searching yet: one CJK character, or two other letters. */
  function ready(query) {
    const text = query.trim();
    return CJK.test(text) || text.length >= 2;
  }

  function fill(template, values) {
    return Object.entries(values).reduce((text, [key, value]) => text.split("{" + key + "}").join(value), template);
  }

  /**
   * Pagefind's results for a query: the pages with every word, or, when no page has them all
   * (a question in the reader's own words: "when will the buyer get a refund"), the pages with
   * any of them, scored by the sum of their scores.
   */
  async function find(module, query) {
    const all = (await module.search(query)).results;
    const words = query.split(/\s+/).filter(ready);
    if (all.length || words.length < 2) {
      return all;
    }
    const scores = new Map();
    for (const word of words) {
      for (const result of (await module.search(word)).results) {
        const seen = scores.get(result.id);
        scores.set(result.id, { result, score: (seen ? seen.score : 0) + result.score });
      }
    }
    return [...scores.values()]
      .sort((a, b) => b.score - a.score)
      .map(({ result, score }) => ({ ...result, data: result.data, score }));
  }

  /** Results in the order a reader should see them. */
  async function search(form, query) {
    const found = await find(await pagefind(form), query);
    const pages = await Promise.all(
      found.slice(0, 24).map(async (result) => ({ score: result.score, data: await result.data() })),
    );
    for (const page of pages) {
      if (page.data.meta.audience === "merchants") {
        page.score *= MERCHANTS;
      }
    }
    pages.sort((a, b) => b.score - a.score);
    return pages.map((page) => describe(page.data));
  }

  /** A result as it is shown: its title, its best-matching section and an excerpt of it. */
  function describe(data) {
    const sections = (data.sub_results || []).filter((sub) => !sub.url.endsWith(KEYWORDS));
    const anchored = sections.filter((sub) => sub.url.includes("#"));
    const best = [...anchored].sort((a, b) => (b.locations?.length || 0) - (a.locations?.length || 0))[0];
    const inBody = sections.length > 0;
    return {
      url: best ? best.url : data.url,
      title: data.meta.title || data.url,
      section: best && best.title !== data.meta.title ? best.title : "",
      category: data.meta.category || "",
      // Only the keywords matched: the article's summary says what it is about.
      excerpt: inBody ? (best || sections[0]).excerpt : null,
      summary: data.meta.summary || "",
    };
  }

  /** Pagefind's excerpt (escaped text with <mark>) as nodes: text and marks, nothing else. */
  function excerptNodes(html) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
    const nodes = [];
    for (const node of parsed.body.firstChild.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        nodes.push(document.createTextNode(node.textContent));
      } else if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(node.textContent || ""));
      }
    }
    return nodes;
  }

  /** The inside of a result: title, section and category, excerpt. */
  function resultContent(result) {
    const title = document.createElement("span");
    title.className = "result-title";
    title.textContent = result.title;
    const where = document.createElement("span");
    where.className = "result-where";
    where.textContent = [result.category, result.section].filter(Boolean).join(" › ");
    const excerpt = document.createElement("span");
    excerpt.className = "result-excerpt";
    if (result.excerpt) {
      excerpt.append(...excerptNodes(result.excerpt));
    } else {
      excerpt.textContent = result.summary;
    }
    return [title, where, excerpt];
  }

  /** Makes one search form a combobox with a list of results under it. */
  function enhance(form, index) {
    const input = form.querySelector("input[type=search]");
    if (!input) {
      return;
    }
    const messages = form.dataset;
    const listId = `${input.id || `search-${index}`}-results`;
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "search-popup";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", messages.listLabel || "");
    list.hidden = true;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    const note = document.createElement("p");
    note.className = "search-note";
    note.hidden = true;
    form.append(list, note, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    let active = -1;
    let latest = 0;
    const options = () => [...list.querySelectorAll("[role=option]")];
    const close = () => {
      list.hidden = true;
      note.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const choose = (next) => {
      const all = options();
      if (!all.length) {
        return;
      }
      active = (next + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    };
    const say = (text) => {
      note.textContent = text;
      note.hidden = !text;
      status.textContent = text;
    };

    const update = async () => {
      const query = input.value;
      const run = ++latest;
      if (!ready(query)) {
        close();
        status.textContent = "";
        return;
      }
      if (location.protocol === "file:") {
        list.hidden = true;
        say(messages.needsServer);
        return;
      }
      let results;
      try {
        results = await search(form, query);
      } catch {
        return;
      }
      if (run !== latest) {
        return; // a newer query is on its way
      }
      list.replaceChildren();
      active = -1;
      input.removeAttribute("aria-activedescendant");
      results.slice(0, SHOWN).forEach((result, i) => {
        const item = document.createElement("li");
        item.id = `${listId}-${i}`;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        const link = document.createElement("a");
        link.href = result.url;
        link.tabIndex = -1;
        link.append(...resultContent(result));
        item.append(link);
        list.append(item);
      });
      if (results.length) {
        const all = document.createElement("li");
        all.className = "search-all";
        const link = document.createElement("a");
        link.href = `${form.action}?q=${encodeURIComponent(query)}`;
        link.textContent = messages.seeAll;
        link.tabIndex = -1;
        all.append(link);
        list.append(all);
      }
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", String(results.length > 0));
      note.hidden = results.length > 0;
      if (results.length) {
        note.textContent = "";
        status.textContent = fill(messages.count, { count: String(results.length) });
      } else {
        say(fill(messages.none, { query }));
      }
    };

    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, 90);
    });
    input.addEventListener("focus", () => {
      if (location.protocol !== "file:") {
        pagefind(form).catch(() => {});
      }
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden && options().length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        choose(active + (event.key === "ArrowDown" ? 1 : -1));
        event.preventDefault();
      } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
        event.preventDefault();
        location.href = options()[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        if (!list.hidden || !note.hidden) {
          close();
        } else {
          input.value = "";
        }
        event.preventDefault();
      }
    });
    form.addEventListener("focusout", (event) => {
      if (!form.contains(event.relatedTarget)) {
        close();
      }
    });
    list.addEventListener("mousedown", (event) => event.preventDefault());
  }

  /** The search page: the results of `?q=` in full, in place of the list of every article. */
  async function searchPage() {
    const results = document.getElementById("search-results");
    const form = document.querySelector("form[data-search].search-form-large");
    const query = new URLSearchParams(location.search).get("q") || "";
    if (!results || !form || !query.trim()) {
      return;
    }
    const input = form.querySelector("input[type=search]");
    input.value = query;
    const messages = form.dataset;
    if (location.protocol === "file:") {
      const note = document.createElement("p");
      note.className = "notice";
      note.textContent = messages.needsServer;
      results.replaceChildren(note);
      return;
    }
    results.textContent = messages.loading;
    let found;
    try {
      found = await search(form, query);
    } catch {
      results.replaceChildren();
      return;
    }
    const heading = document.createElement("h2");
    heading.textContent = fill(found.length ? messages.resultsFor : messages.none, { query });
    results.replaceChildren(heading);
    if (!found.length) {
      return;
    }
    const list = document.createElement("ol");
    list.className = "article-list search-results-list";
    for (const result of found.slice(0, 20)) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = result.url;
      const [title, where, excerpt] = resultContent(result);
      link.append(title);
      const about = document.createElement("p");
      about.append(where, document.createElement("br"), excerpt);
      item.append(link, about);
      list.append(item);
    }
    results.append(list);
    document.getElementById("all-articles").hidden = true;
  }

  document.querySelectorAll("form[data-search]").forEach(enhance);
  searchPage();
})();
