namespace Bosun.Templating.Tests.Robustness;

/// <summary>Declares the deep-nesting collection.</summary>
[CollectionDefinition(RobustnessCollection.Deep)]
public sealed class DeepCollectionDefinition;
