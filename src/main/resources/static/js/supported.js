// GOV.UK Frontend styles its JavaScript-enhanced components only when this class is on the body.
document.body.className += ' govuk-frontend-supported';
