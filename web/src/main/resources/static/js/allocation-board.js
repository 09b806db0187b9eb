// Allocation board: drag a case onto another inspector's group to move it. The drop fills in and
// submits the same form as the keyboard path (choose the inspector, select Move), so the server checks
// the move against the hard rules either way.
(function () {
  'use strict';
  var board = document.querySelector('[data-testid=board][data-movable=true]');
  if (!board) { return; }
  var dragged = null;

  board.addEventListener('dragstart', function (event) {
    var row = event.target.closest && event.target.closest('tr[data-case]');
    if (!row) { return; }
    dragged = row;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', row.dataset['case']);
  });

  function groupOf(event) {
    return event.target.closest ? event.target.closest('tbody[data-inspector]') : null;
  }

  board.addEventListener('dragover', function (event) {
    var group = groupOf(event);
    if (!dragged || !group || group.contains(dragged)) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    group.classList.add('app-drop-target');
  });

  board.addEventListener('dragleave', function (event) {
    var group = groupOf(event);
    if (group && !group.contains(event.relatedTarget)) { group.classList.remove('app-drop-target'); }
  });

  board.addEventListener('drop', function (event) {
    var group = groupOf(event);
    if (!dragged || !group || group.contains(dragged)) { return; }
    event.preventDefault();
    group.classList.remove('app-drop-target');
    var form = dragged.querySelector('form[data-testid=move-form]');
    form.querySelector('select[name=inspectorId]').value = group.dataset.inspector;
    form.submit();
  });

  board.addEventListener('dragend', function () {
    dragged = null;
    board.querySelectorAll('.app-drop-target').forEach(function (g) { g.classList.remove('app-drop-target'); });
  });
})();
