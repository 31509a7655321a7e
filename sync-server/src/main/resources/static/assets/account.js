// The two account pages the emails link to. The token comes from the link and is removed from
// the address bar at once, so it is not kept in history or shown over a shoulder.
(function () {
  "use strict";
  var token = new URLSearchParams(window.location.search).get("token");
  if (window.history && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname);
  }
  var form = document.querySelector("form");
  var error = document.getElementById("form-error");
  var submit = document.getElementById("submit");

  if (!token) {
    form.hidden = true;
    document.getElementById("no-token").hidden = false;
    return;
  }

  function show(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  function describe(problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) {
        return (e.field === "newPassword" ? "Password" : e.field) + " " + e.message + ".";
      }).join(" ");
    }
    return (problem && problem.detail) || "Something went wrong. Please try again.";
  }

  function post(path, body) {
    submit.disabled = true;
    show("");
    return fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit"
    }).then(function (response) {
      if (response.ok) {
        form.hidden = true;
        document.getElementById("done").hidden = false;
        return;
      }
      return response.json().catch(function () { return null; }).then(function (problem) {
        show(describe(problem));
      });
    }).catch(function () {
      show("The server could not be reached. Check your connection and try again.");
    }).then(function () {
      submit.disabled = false;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (form.id === "verify-form") {
      post("/api/v1/auth/verify-email", { token: token });
      return;
    }
    var password = document.getElementById("new-password").value;
    var again = document.getElementById("confirm-password").value;
    if (password.length < 10) {
      show("Password must be at least 10 characters.");
      return;
    }
    if (password !== again) {
      show("The two passwords are not the same.");
      return;
    }
    post("/api/v1/auth/password-reset/confirm", { token: token, newPassword: password });
  });
})();
