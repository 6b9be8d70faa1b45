title = Second
summary = The second article.
section-status = Status
condition-shipped-already = Wait for it.
note-patience = Be patient.
