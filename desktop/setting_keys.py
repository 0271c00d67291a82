"""Every setting key the app reads or writes, named once.

Book settings (`Phrasebook.get_setting` / `set_setting`) travel with the agent's phrasebook;
machine settings (QSettings, `desktop.settings.machine_settings`) belong to this computer.
"""

from __future__ import annotations

# -- in the phrasebook -------------------------------------------------------------------------
#: The chord that opens the search popup ("Ctrl+Alt+Space").
POPUP_HOTKEY = "hotkey.popup"
#: The chord that notes the customer's question in the notebook.
CAPTURE_HOTKEY = "hotkey.capture"
#: The modifier part of the nine favourite keys ("Ctrl+Alt").
FAVORITES_HOTKEY = "hotkey.favorites"
#: The UI language ("system", "en", "zh_CN", "ko").
UI_LANGUAGE = "ui.language"
#: The look ("system", "light", "dark").
UI_THEME = "ui.theme"
#: The language the current customer reads, chosen in the popup's header.
CUSTOMER_LANGUAGE = "popup.customer_lang"
#: Paste methods and delays, a JSON object (see desktop.settings.paste_setting).
PASTE = "paste"
#: The daily backup schedule, {"daily": bool, "keep": int}.
BACKUP_SCHEDULE = "backup"

# -- in QSettings (this computer) --------------------------------------------------------------
#: Where the phrasebook file lives, when not in the default folder.
DB_PATH = "data/db_path"
