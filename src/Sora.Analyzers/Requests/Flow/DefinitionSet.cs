using System;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>A set of definitions by index: the definitions that reach one point of the code.</summary>
    internal sealed class DefinitionSet
    {
        private readonly ulong[] _words;

        public DefinitionSet(int count) => _words = new ulong[(count + 63) / 64];

        private DefinitionSet(ulong[] words) => _words = words;

        public DefinitionSet Copy() => new DefinitionSet((ulong[])_words.Clone());

        public bool Contains(int index) => (_words[index >> 6] & (1UL << (index & 63))) != 0;

        public void Add(int index) => _words[index >> 6] |= 1UL << (index & 63);

        public bool IsEmpty
        {
            get
            {
                foreach (ulong word in _words)
                {
                    if (word != 0)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Adds every member of <paramref name="other"/>; true when this set grew.</summary>
        public bool UnionWith(DefinitionSet other)
        {
            bool grew = false;
            for (int i = 0; i < _words.Length; i++)
            {
                ulong merged = _words[i] | other._words[i];
                grew |= merged != _words[i];
                _words[i] = merged;
            }

            return grew;
        }

        public bool Overlaps(DefinitionSet other)
        {
            for (int i = 0; i < _words.Length; i++)
            {
                if ((_words[i] & other._words[i]) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        public void ExceptWith(DefinitionSet other)
        {
            for (int i = 0; i < _words.Length; i++)
            {
                _words[i] &= ~other._words[i];
            }
        }

        public bool SetEquals(DefinitionSet other)
        {
            for (int i = 0; i < _words.Length; i++)
            {
                if (_words[i] != other._words[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The members, in index order.</summary>
        public int[] ToArray()
        {
            int count = 0;
            foreach (ulong word in _words)
            {
                ulong w = word;
                while (w != 0)
                {
                    w &= w - 1;
                    count++;
                }
            }

            int[] members = new int[count];
            int next = 0;
            for (int i = 0; i < _words.Length && next < count; i++)
            {
                for (int bit = 0; bit < 64; bit++)
                {
                    if ((_words[i] & (1UL << bit)) != 0)
                    {
                        members[next++] = (i << 6) + bit;
                    }
                }
            }

            return members.Length == 0 ? Array.Empty<int>() : members;
        }
    }
}
