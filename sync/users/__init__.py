"""Users and roles as an administrator manages them: the cached users with their assignments, the queued writes
(create, role and activity, assignments) and the assignment picker's paged reads."""
