# An uncaught error raised inside an imported module: the traceback names
# the module's file by its absolute path, its lines and its functions.
import imported_module_helper

print(imported_module_helper.total(["1", "2"]))
print(imported_module_helper.total(["3", "x"]))
