"""Tiny embedded module used to check the lib/ embedding mechanism."""

ANSWER = 42


def greet(name):
    return f"hello, {name}"
