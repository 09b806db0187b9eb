// Runs first in <body>: lets GOV.UK Frontend styles know JavaScript is available (no inline script, so a strict CSP works).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
