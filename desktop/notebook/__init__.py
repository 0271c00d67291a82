"""The question notebook in the app: capture hotkey and form, reminders, the notebook window."""
