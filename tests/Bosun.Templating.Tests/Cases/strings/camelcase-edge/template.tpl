{{ camelcase "snake_case_with_123" }} {{ camelcase "with spaces" }} {{ camelcase "_leading" }} {{ camelcase "" }}
