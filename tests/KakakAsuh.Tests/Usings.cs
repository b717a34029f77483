global using KakakAsuh.Common;
global using KakakAsuh.Mentors;
global using KakakAsuh.Rounds;
global using KakakAsuh.Umkm;
global using Xunit;
