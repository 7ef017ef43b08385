class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError('port must be a number') from exc

read_port('eighty')
