(function () {
    'use strict';
    var state = { diagrams: 'none', error: '' };
    window.specgraph = state;

    function draw() {
        var nodes = document.querySelectorAll('pre.mermaid:not([data-processed])');
        if (!window.mermaid || nodes.length === 0) {
            state.diagrams = window.mermaid ? 'done' : 'none';
            return;
        }
        state.diagrams = 'pending';
        window.mermaid.run({ nodes: nodes }).then(function () {
            state.diagrams = 'done';
        }, function (e) {
            state.diagrams = 'failed';
            state.error = String(e && e.message ? e.message : e);
            Array.prototype.forEach.call(document.querySelectorAll('pre.mermaid:not([data-processed])'), function (n) {
                n.className = 'mermaid-failed';
            });
        });
    }

    if (window.mermaid) {
        var dark = document.body.classList.contains('dark');
        // strict: no click handlers, labels sanitised; and no element in a label that could load anything
        // (strict mode's sanitiser keeps <img src>, which only the page's Content-Security-Policy would stop).
        window.mermaid.initialize({
            startOnLoad: false,
            securityLevel: 'strict',
            theme: dark ? 'dark' : 'default',
            dompurifyConfig: {
                FORBID_TAGS: ['img', 'image', 'iframe', 'frame', 'object', 'embed', 'link', 'video', 'audio',
                    'source', 'track', 'picture', 'form', 'input', 'base', 'meta', 'use', 'script', 'style'],
                FORBID_ATTR: ['src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'background', 'poster']
            }
        });
    }

    // Replaces blocks [start, start + remove) of the document with the blocks in html; the others stay as drawn.
    state.patch = function (start, remove, html) {
        var doc = document.getElementById('doc');
        for (var i = 0; i < remove && doc.children[start]; i++) {
            doc.removeChild(doc.children[start]);
        }
        var parsed = document.createElement('template');
        parsed.innerHTML = html;
        doc.insertBefore(parsed.content, doc.children[start] || null);
        draw();
    };

    // Links never navigate inside the preview: the application decides (and asks) what a click opens.
    document.addEventListener('click', function (e) {
        var a = e.target;
        while (a && a.nodeName !== 'A') {
            a = a.parentNode;
        }
        if (!a || !a.hasAttribute('href')) {
            return;
        }
        e.preventDefault();
        var href = a.getAttribute('href');
        if (href.charAt(0) === '#') {
            var target = document.getElementById(decodeURIComponent(href.substring(1)));
            if (target) {
                target.scrollIntoView();
            }
            return;
        }
        window.alert('specgraph-link:' + href);
    }, true);

    draw();
})();
