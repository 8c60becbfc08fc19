// Runs first in every page the engine suites load (tests/engines/serve.mjs adds
// it). Records what a reader's browser would show in its console as a problem:
// uncaught errors, failed script/style/image loads, rejected promises nobody
// handled, console.error and console.warn calls (React reports hydration
// mismatches this way) and CSP violations. The suites read the list with
// window.__engineProbe.take().
(function () {
  "use strict";
  var log = [];
  function text(value) {
    if (value instanceof Error) return value.name + ": " + value.message;
    if (typeof value === "string") return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  function record(kind, parts) {
    log.push(location.pathname + ": " + kind + ": " + parts.map(text).join(" "));
  }
  window.addEventListener(
    "error",
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName) {
        record("failed to load", [target.tagName.toLowerCase(), target.src || target.href || ""]);
      } else {
        record("uncaught error", [event.error || event.message, "at " + event.filename + ":" + event.lineno]);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", function (event) {
    record("unhandled rejection", [event.reason]);
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    record("CSP violation", [event.violatedDirective, event.blockedURI]);
  });
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      record("console." + level, Array.prototype.slice.call(arguments));
      return original.apply(console, arguments);
    };
  });
  Object.defineProperty(window, "__engineProbe", {
    value: {
      take: function () {
        return log.splice(0, log.length);
      },
    },
  });
})();
