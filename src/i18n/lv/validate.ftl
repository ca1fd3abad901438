# validate: see the matching English file for where each message is used.
