class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get('name', name.lower())
            mcls.registry[key] = cls
        return cls
class Plugin(metaclass=PluginMeta):
    def run(self):
        return f'{type(self).__name__} running'
class Alpha(Plugin):
    name = 'alpha'
class Beta(Plugin):
    pass
class Gamma(Beta):
    name = 'g'
print(sorted(PluginMeta.registry))
for key in sorted(PluginMeta.registry):
    print(key, PluginMeta.registry[key]().run())
