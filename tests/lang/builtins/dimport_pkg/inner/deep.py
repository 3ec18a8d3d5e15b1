# A module two levels down in dimport_pkg.
DEEP = 'deep'
