[{{ title "" }}][{{ title "  two  spaces" }}][{{ untitle "ABC DEF" }}]
