import sys
sys.path.insert(0, 'mods')
try:
    import totally_missing_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_basic.nonexistent
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_basic import nonexistent_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    import pkg_basic.util.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import broken
except ValueError as e:
    print(type(e).__name__, e)
print('broken' in sys.modules)
try:
    import broken
except ValueError as e:
    print('second attempt runs again:', e)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
