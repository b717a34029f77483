namespace KakakAsuh.Storage.GrainState;

/// <summary>A grain state too large for its storage; it was not written.</summary>
public sealed class GrainStateTooLargeException(Type stateType, int characters) : InvalidOperationException(
    $"The {stateType.Name} state is {characters:N0} characters of JSON; Azure table storage keeps at most {BoundedGrainStateSerializer.MaxCharacters:N0} (15 columns of 32,768), so it was not written and the stored state is unchanged.");
