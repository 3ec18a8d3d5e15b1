# A submodule of dimport_pkg, imported on demand by a fromlist.
LEAF = 'leaf'
