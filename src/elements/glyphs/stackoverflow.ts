import { siStackoverflow } from 'simple-icons';

export default siStackoverflow.path;
