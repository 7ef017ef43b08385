import sys
sys.path.insert(0, 'mods')
import plainmod
import plainmod as again
print(plainmod is again, plainmod.bump(), again.bump())
print(sys.modules['plainmod'] is plainmod, 'plainmod' in sys.modules)
import types
fake = types.ModuleType('fake_mod', 'fake doc')
fake.answer = 42
sys.modules['fake_mod'] = fake
import fake_mod
print(fake_mod.answer, fake_mod.__doc__, fake_mod.__name__)
del sys.modules['plainmod']
import plainmod as fresh
print(fresh is plainmod, fresh.counter)
import importlib
reloaded = importlib.reload(fresh)
print(reloaded is fresh, reloaded.counter)
m = importlib.import_module('pkg_basic.util')
print(m.CONSTANT)
