"""Swedish (and English) vocabulary as data, one module per topic.

Each table says where its words come from. Extractors import the tables, never
scatter literals through code.
"""
