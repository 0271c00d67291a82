"""The notebook: questions the agent could not answer yet, their scrubbing, and the proposals
that carry answered ones to the team's phrasebook."""
