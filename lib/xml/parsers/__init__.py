"""XML parser packages (Ferrython provides only the expat exception types)."""
