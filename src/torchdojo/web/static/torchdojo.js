/* torchdojo progressive enhancement. Every page works without this file.
 * 1. Forms with data-fragment="ID" are posted with fetch; the server answers with the HTML of element ID,
 *    which replaces it in place (the plain POST + redirect path is used when fetch fails).
 * 2. textarea.code-editor: Tab / Shift+Tab indent and dedent, Esc releases the Tab key so keyboard users can
 *    leave the editor, Ctrl+Enter or Cmd+Enter submits the form.
 */
(function () {
  "use strict";
  var INDENT = "    ";

  function swap(form) {
    var targetId = form.getAttribute("data-fragment");
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; button.setAttribute("aria-busy", "true"); }
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Torchdojo-Fragment": "1" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.text();
    }).then(function (html) {
      var target = document.getElementById(targetId);
      var holder = document.createElement("div");
      holder.innerHTML = html.trim();
      var replacement = holder.firstElementChild;
      target.replaceWith(replacement);
      // Keep keyboard users where they were: move focus to the new verdict (the old button is gone).
      var verdict = replacement.querySelector("[role=status], .verdict") || replacement;
      if (!verdict.hasAttribute("tabindex")) { verdict.setAttribute("tabindex", "-1"); }
      verdict.focus();
    }).catch(function () {
      form.removeAttribute("data-fragment");
      form.submit();
    }).finally(function () {
      if (button) { button.disabled = false; button.removeAttribute("aria-busy"); }
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-fragment") || !window.fetch) { return; }
    event.preventDefault();
    swap(form);
  });

  function indentLines(editor, dedent) {
    var value = editor.value, start = editor.selectionStart, end = editor.selectionEnd;
    var lineStart = value.lastIndexOf("\n", start - 1) + 1;
    if (!dedent && start === end) {
      editor.setRangeText(INDENT, start, end, "end");
      return;
    }
    var block = value.slice(lineStart, end);
    var changed = block.split("\n").map(function (line) {
      if (!dedent) { return INDENT + line; }
      return line.replace(/^ {1,4}/, "");
    }).join("\n");
    editor.setRangeText(changed, lineStart, end, "select");
  }

  function enhanceEditor(editor) {
    var released = false;
    editor.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { released = true; return; }
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        if (editor.form.requestSubmit) { editor.form.requestSubmit(); } else { editor.form.submit(); }
        return;
      }
      if (event.key === "Tab" && !released) {
        event.preventDefault();
        indentLines(editor, event.shiftKey);
      }
    });
    editor.addEventListener("focus", function () { released = false; });
  }

  function ready() {
    Array.prototype.forEach.call(document.querySelectorAll("textarea.code-editor"), enhanceEditor);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }

  /* 3. Lab conversations: forms with data-stream post the turn with fetch and show the partner's reply as it
   *    streams in (NDJSON lines), then update the exchange counter; the page reloads when the verdict is in.
   *    Without fetch streaming the form posts normally and the page shows the whole reply. */
  function turnItem(list, role, who) {
    var item = document.createElement("li");
    item.className = "turn " + role;
    var name = document.createElement("strong");
    name.textContent = who + ": ";
    var text = document.createElement("span");
    text.className = "turn-text";
    item.appendChild(name);
    item.appendChild(text);
    list.appendChild(item);
    return text;
  }

  function streamTurn(form) {
    var field = form.querySelector("textarea");
    var message = field.value.trim();
    if (!message) { return; }
    var list = document.getElementById("turns");
    var button = form.querySelector("button[type=submit]");
    turnItem(list, "learner", "You").textContent = message;
    var reply = turnItem(list, "partner", form.getAttribute("data-partner") || "Partner");
    reply.setAttribute("aria-busy", "true");
    if (button) { button.disabled = true; }
    var body = new FormData(form);
    field.value = "";
    var buffer = "", decoder = new TextDecoder();
    function handle(line) {
      if (!line.trim()) { return; }
      var data = JSON.parse(line);
      if (data.piece) { reply.textContent += data.piece; }
      if (data.done) {
        reply.removeAttribute("aria-busy");
        var count = document.getElementById("exchange-count");
        if (count && data.exchanges !== null) { count.textContent = data.exchanges; }
        if (data.finished) { window.location.reload(); }
      }
    }
    fetch(form.getAttribute("data-stream"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok || !response.body) { throw new Error("HTTP " + response.status); }
        var reader = response.body.getReader();
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) { handle(buffer); return; }
            buffer += decoder.decode(chunk.value, { stream: true });
            var lines = buffer.split("\n");
            buffer = lines.pop();
            lines.forEach(handle);
            return pump();
          });
        }
        return pump();
      })
      .catch(function () { field.value = message; form.removeAttribute("data-stream"); form.submit(); })
      .finally(function () { if (button) { button.disabled = false; } field.focus(); });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute && form.hasAttribute("data-stream") && window.fetch && window.TextDecoder) {
      event.preventDefault();
      streamTurn(form);
    }
  });
}());
