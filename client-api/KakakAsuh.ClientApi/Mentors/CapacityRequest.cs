using System.ComponentModel.DataAnnotations;
using KakakAsuh.Domain.Mentors;

namespace KakakAsuh.ClientApi.Mentors;

/// <summary>A new capacity: never below the mentees it has.</summary>
public sealed record CapacityRequest(
    [property: Range(1, MentorRules.MaxCapacity)]
    int? Capacity);
