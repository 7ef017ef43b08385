import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval(), sys.is_finalizing(), sys.call_tracing(max, (3, 9)), sys.api_version)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.prefix == sys.base_prefix == sys.exec_prefix, isinstance(sys.prefix, str), sys.dont_write_bytecode)
print(sys.orig_argv[-1].endswith("sys_runtime_extras.py"), type(sys.orig_argv).__name__)
