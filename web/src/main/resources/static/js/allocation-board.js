// Allocation board: drag a case onto another inspector's group to give it to that inspector, or onto
// another day and time of the interview timetable to move its interview. A drop fills in and submits
// the case's move form, the same form as the keyboard path (choose the inspector or slot, select Move),
// so the server checks the move against the hard rules either way.
(function () {
  'use strict';
  var board = document.querySelector('[data-testid=board][data-movable=true]');
  if (!board) { return; }
  var timetable = document.querySelector('[data-testid=timetable][data-movable=true]');
  var unassigned = document.querySelector('[data-testid=unassigned]'); // its cases can be dropped on an inspector
  var dragged = null; // the case id

  function closest(event, selector) {
    return event.target.closest ? event.target.closest(selector) : null;
  }

  function formOf(caseId) {
    var row = document.querySelector('tr[data-case="' + caseId + '"]');
    return row ? row.querySelector('form[data-testid=move-form]') : null;
  }

  // A drop target: an inspector's group of the board, or a slot of the timetable other than the case's own.
  function targetOf(event) {
    var group = closest(event, '[data-testid=board] tbody[data-inspector]');
    if (group) {
      return group.querySelector('tr[data-case="' + dragged + '"]') ? null : group;
    }
    var cell = closest(event, '[data-testid=timetable] td[data-slot]');
    if (cell) {
      return cell.querySelector('li[data-case="' + dragged + '"]') ? null : cell;
    }
    return null;
  }

  function start(event) {
    var item = closest(event, 'tr[data-case], li[data-case]');
    if (!item || !formOf(item.dataset['case'])) { return; }
    dragged = item.dataset['case'];
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged);
  }

  function over(event) {
    var target = dragged && targetOf(event);
    if (!target) { return; }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    target.classList.add('app-drop-target');
  }

  function leave(event) {
    var target = closest(event, 'tbody[data-inspector], td[data-slot]');
    if (target && !target.contains(event.relatedTarget)) { target.classList.remove('app-drop-target'); }
  }

  function drop(event) {
    var target = dragged && targetOf(event);
    if (!target) { return; }
    event.preventDefault();
    target.classList.remove('app-drop-target');
    var form = formOf(dragged);
    var row = form.closest('tr[data-case]');
    var inspector = form.querySelector('select[name=inspectorId]');
    var slot = form.querySelector('select[name=slot]');
    // Only what was dropped on changes: the other picker goes back to where the case is.
    var home = row.closest('tbody[data-inspector]'); // none for an unassigned case
    inspector.value = home ? home.dataset.inspector : '';
    if (slot) { slot.value = row.dataset.slot ? row.dataset.slot.replace(' ', 'T') : ''; }
    if (target.dataset.inspector) {
      inspector.value = target.dataset.inspector;
    } else if (slot) {
      slot.value = target.dataset.slot;
    }
    form.submit();
  }

  function end() {
    dragged = null;
    document.querySelectorAll('.app-drop-target').forEach(function (t) { t.classList.remove('app-drop-target'); });
  }

  [board, timetable, unassigned].forEach(function (area) {
    if (!area) { return; }
    area.addEventListener('dragstart', start);
    area.addEventListener('dragover', over);
    area.addEventListener('dragleave', leave);
    area.addEventListener('drop', drop);
    area.addEventListener('dragend', end);
  });
})();
