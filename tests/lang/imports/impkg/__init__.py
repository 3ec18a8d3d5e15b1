# A package other tests import; its submodule is imported on demand.
NAME = "impkg"
