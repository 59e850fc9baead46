namespace Bosun.Templating.Tests.Robustness;

/// <summary>Declares the fuzz collection.</summary>
[CollectionDefinition(RobustnessCollection.Fuzz)]
public sealed class FuzzCollectionDefinition;
