// Inspection planner: progressive enhancement only. Every page works without JavaScript
// (forms post normally); with it, uploads show progress, charts draw, and solving updates live.
(function () {
  'use strict';

  if (window.GOVUKFrontend) { window.GOVUKFrontend.initAll(); }
  if (window.MOJFrontend) { window.MOJFrontend.initAll(); }

  // A 400 answer is a page with an error summary (a rejected upload or form): show it like a 200.
  if (window.htmx) {
    window.htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '400', swap: true, error: false },
      { code: '[45]..', swap: false, error: true }
    ];
  }

  // After htmx swaps in new content, start its GOV.UK components and move focus to an error summary.
  document.body.addEventListener('htmx:afterSettle', function (event) {
    if (window.GOVUKFrontend) { window.GOVUKFrontend.initAll({ scope: event.target }); }
    var summary = event.target.querySelector && event.target.querySelector('.govuk-error-summary');
    if (summary) { summary.setAttribute('tabindex', '-1'); summary.focus(); }
  });

  // htmx requests carry the CSRF token that Spring Security expects on every POST.
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (csrfToken && csrfHeader) {
      event.detail.headers[csrfHeader.content] = csrfToken.content;
    }
  });

  // Upload progress: htmx reports XHR upload progress; mirror it in a <progress> with text.
  document.body.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest ? event.target.closest('form[data-upload]') : null;
    if (!form || !event.detail.lengthComputable) { return; }
    var bar = form.querySelector('progress');
    var text = form.querySelector('[data-upload-status]');
    var percent = Math.round(event.detail.loaded / event.detail.total * 100);
    if (bar) { bar.hidden = false; bar.value = percent; }
    if (text) { text.textContent = 'Uploading: ' + percent + '%'; }
  });

  // Composition charts: sample vs eligible shares, drawn from the JSON in each canvas's data-chart
  // attribute (read as data with JSON.parse, never as markup or code).
  // The same figures are in a table under each chart, so the chart is never the only way to read them.
  if (window.Chart) {
    // Charts use the page's system font too (GDS Transport is for GOV.UK services only).
    window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
    window.Chart.defaults.color = '#0b0c0c';
  }

  function drawCharts(root) {
    if (!window.Chart) { return; }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) { return; }
      var data;
      try { data = JSON.parse(canvas.dataset.chart); } catch (e) { return; }
      canvas.dataset.drawn = 'true';
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: [
            { label: 'Eligible (%)', data: data.eligible, backgroundColor: '#b1b4b6', borderColor: '#0b0c0c', borderWidth: 1 },
            { label: 'Sample (%)', data: data.sample, backgroundColor: '#1d70b8', borderColor: '#0b0c0c', borderWidth: 1 }
          ]
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, title: { display: true, text: '% of cases' } } },
          plugins: { legend: { position: 'bottom' } }
        }
      });
    });
  }
  drawCharts(document);
  document.body.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
})();
